use askama::Template;
use askama_web::WebTemplate;

use crate::ctx::PageCtx;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    ctx: PageCtx,
}

pub async fn home(ctx: PageCtx) -> HomePage {
    HomePage { ctx }
}
