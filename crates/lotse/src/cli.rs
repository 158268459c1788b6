//! Command-line interface. Every option that configures the server can also come from `lotse.toml` or a
//! `LOTSE_*` environment variable; the command line wins over the environment, which wins over the file.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "lotse",
    version,
    about = "Lotse: a self-hostable, GDPR-first counseling suite for migration work.",
    long_about = "Lotse: a self-hostable, GDPR-first counseling suite for migration work.\n\n\
Try it:        lotse demo                 (server with synthetic demo data in ./lotse-demo)\n\
Run it:        lotse serve --data-dir /var/lib/lotse\n\
Set it up:     lotse tenant add --name \"Beratungsstelle\" && lotse user add --tenant ID --email E --role admin --password-stdin\n\n\
Configuration is read from lotse.toml (see --config), then LOTSE_* environment variables, then options.",
    after_help = "Each command has its own --help, e.g. `lotse serve --help`."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Configuration file (TOML). Default: ./lotse.toml when it exists.
    #[arg(long, global = true, env = "LOTSE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Folder for the SQLite database and other data. Default: ./lotse-data (./lotse-demo for `demo`).
    #[arg(long, global = true, env = "LOTSE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Database URL: `sqlite://PATH` or `postgres://USER:PASSWORD@HOST:PORT/DB`.
    /// Default: the SQLite file lotse.db in the data dir.
    #[arg(long, global = true, env = "LOTSE_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<String>,

    /// File holding the base64 master key. Default: master.key in the data dir. LOTSE_MASTER_KEY (the key
    /// itself, base64) takes precedence when set.
    #[arg(long, global = true, env = "LOTSE_MASTER_KEY_FILE", value_name = "FILE")]
    pub master_key_file: Option<PathBuf>,

    /// Log line format.
    #[arg(long, global = true, env = "LOTSE_LOG_FORMAT", value_name = "FORMAT")]
    pub log_format: Option<LogFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Plain,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server.
    Serve(ServeArgs),
    /// Run the web server on a SQLite database with synthetic demo data (created on first start).
    Demo(ServeArgs),
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Manage tenants (organisations).
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Manage staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Manage the master key that protects all encryption keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Check the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Write a consistent copy of the SQLite database to a file (on PostgreSQL use pg_dump). The master key and
    /// the erasure ledger are not in it: keep them apart.
    Backup {
        /// The backup file to create.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the SQLite database by a backup (stop the server first), then re-apply every erasure recorded
    /// since, so erased clients stay erased.
    Restore {
        /// The backup file made by `lotse backup`.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Apply the retention rules (the server also runs this daily).
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// Import articles (with versions, sign-offs and translations), directory entries and rumours from a JSON file
    /// in the exchange format (docs/knowledge-format.md). All or nothing: any error changes nothing. Running
    /// servers pick the change up within seconds.
    Import {
        /// The JSON file (`-` for standard input).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Export all articles, directory entries and rumours as JSON in the exchange format; importing that file into
    /// an empty database and exporting again gives the same bytes.
    Export {
        /// The JSON file to write (`-` for standard output).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Build the search index from the database and report what it holds. A server builds its own index at start
    /// and keeps it current; use this to check the content indexes cleanly and how long a rebuild takes.
    Reindex,
    /// Measure the assistant on a labelled JSONL set (format and samples: ../shared/eval/). Prints the figures,
    /// the misses, and as its last line one JSON object with the headline numbers.
    #[command(subcommand)]
    Eval(EvalCommand),
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Retrieval: recall@5 and MRR (a hit is an article of the question's topic). Searches the knowledge of
    /// --data-dir / --database-url, or of a fresh demo database when neither is given.
    Retrieval {
        /// JSONL lines {"id","lang","text","topic"}.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Also rank by embeddings from this OpenAI-compatible server (e.g. http://127.0.0.1:8081/v1).
        #[arg(long, value_name = "URL", requires = "embedding_model")]
        embeddings_url: Option<String>,
        /// The embedding model name the server expects.
        #[arg(long, value_name = "NAME")]
        embedding_model: Option<String>,
    },
    /// Personal data: recall and precision of the detected spans, overall and per type.
    Pii {
        /// JSONL lines {"id","lang","text","spans":[{"start","end","type","value"}]}.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Guardrail: confusion matrix, accuracy and per-label recall of the rules (extractive mode).
    Guardrail {
        /// JSONL lines {"id","lang","text","label"}.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Remove the content of cases closed longer ago than each tenant's retention period, and erase clients who
    /// have no case left. With --dry-run, only report what would be removed.
    Run {
        /// Report only; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a new master key file (mode 0600). Back it up apart from the database: without it, encrypted data
    /// cannot be read.
    Init,
    /// Replace the master key: every tenant key is re-wrapped with a new master key in one transaction; data is
    /// not re-encrypted. The old key file is kept as master.key.retired-<id>.
    Rotate {
        /// Where to write the new key when the current one comes from LOTSE_MASTER_KEY.
        #[arg(long, value_name = "FILE")]
        new_key_file: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the hash chain and name every changed, removed or reordered entry. Exit status 1 when any.
    Verify,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "LOTSE_LISTEN", value_name = "ADDR")]
    pub listen: Option<SocketAddr>,

    /// Public URL users reach Lotse at; an https:// URL turns on HSTS and Secure cookies.
    #[arg(long, env = "LOTSE_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Create a tenant and print its id.
    Add {
        /// The organisation's name, 2 to 120 characters, unique.
        #[arg(long)]
        name: String,
    },
    /// List tenants.
    List {
        /// Skip this many.
        #[arg(long, default_value_t = 0)]
        offset: u32,
        /// Show at most this many (1 to 200).
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a staff account. The password is read from standard input.
    Add {
        /// Tenant id (see `lotse tenant list`).
        #[arg(long, value_name = "ID")]
        tenant: String,
        /// Log-in e-mail address, unique across the installation.
        #[arg(long)]
        email: String,
        /// admin, coordinator, counselor, legal_reviewer or streetworker.
        #[arg(long)]
        role: String,
        /// Name shown to colleagues. Default: the part of the e-mail before the @.
        #[arg(long)]
        name: Option<String>,
        /// Read the password (12 to 256 characters) from standard input, e.g. `echo "$PW" | lotse user add …`.
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// List a tenant's staff accounts.
    List {
        /// Tenant id.
        #[arg(long, value_name = "ID")]
        tenant: String,
        #[arg(long, default_value_t = 0)]
        offset: u32,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a user and print it (it is shown only once; only its digest is stored).
    Create {
        /// The user's e-mail address.
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long, default_value = "cli")]
        label: String,
    },
}
