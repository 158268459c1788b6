use askama::Template;
use askama_web::WebTemplate;

use crate::auth::Staff;
use crate::ctx::PageCtx;

#[derive(Template, WebTemplate)]
#[template(path = "staff.html")]
pub struct DashboardPage {
    ctx: PageCtx,
    role_label: String,
    two_factor_enabled: bool,
    csrf: String,
}

pub async fn dashboard(ctx: PageCtx, staff: Staff) -> DashboardPage {
    DashboardPage {
        ctx: ctx.clone().with_staff(&staff),
        role_label: ctx.t(&format!("role-{}", staff.user.role.as_str())),
        two_factor_enabled: staff.user.two_factor_enabled,
        csrf: staff.csrf_token.clone(),
    }
}
