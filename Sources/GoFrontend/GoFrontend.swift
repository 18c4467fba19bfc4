// GoFrontend: Go source → checked, typed AST. See docs/architecture.md.
