// The migrations are embedded in the binary (`embed_migrations!`): rebuild when they change,
// including when a new migration folder appears.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
