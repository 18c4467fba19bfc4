// GoFrontend: Go source → checked, typed AST (the compiler's input and what
// the Source pane highlights). See docs/architecture.md.
//
// How a client walks a checked program
// ------------------------------------
//     switch parseAndCheck(source: text, fileName: "prog.go") {
//     case .failure(let d): print(d.formatted, terminator: "")  // exit 1
//     case .success(let prog): compile(prog)
//     }
// `prog.file` is the AST (`SourceFile`: imports, decls). Every `Expr`,
// `Ident`, `Stmt`, `CaseClause` and `CommClause` has a dense `id`; the side
// tables are indexed by it:
//   - `prog.exprs[id]` (`ExprInfo`): mode, type (after untyped constants are
//     converted to their context), constant value, `ref` for identifiers and
//     selectors (local / global / function / builtin / lib function / field
//     path / method selection / interface method / type name / constant /
//     nil / package), `call` for call expressions (conversion, builtin,
//     static function, static method, interface method, lib function,
//     dynamic), `commaOk` for two-value receives, map indexes and assertions.
//   - `prog.ranges[stmt.id]` (`RangeInfo`) for `for … range`.
//   - `prog.typeSwitchVars[clause.id]` — the variable a type switch binds in
//     that clause.
// Functions: `prog.funcs` (`FuncInfo`) lists top-level functions, methods
// and closures (`node` points back to the `FuncDecl` or `funcLit`), with
// params/results/receiver locals, named results, variadic flag, parent and
// captured variables. `prog.locals` (`LocalVar`) says per variable whether
// it is captured and whether it escapes to a heap box
// (`CheckedProgram.escapeRule`). Types are `TypeID`s into `prog.types`
// (`TypeTable`): structural types are interned so identity is id equality;
// `prog.types.layouts[id]` has amd64 size, alignment, ptrdata and the
// pointer bitmap; named types carry their methods (`MethodTarget.user` or
// `.lib(LibFunc)`). Package variables: `prog.globals`, initialised by
// `prog.initOrder`; then `prog.initFuncs`, then `prog.mainFunc`.
// Go 1.19 semantics: a `for` loop's variables are shared by all iterations.
// Allocation: `prog.allocation(expr)` names the heap allocation an
// expression performs under the one escape rule (`escapeRule`).
// Source pane: `sourceTokens(text)` (tokens + comments with positions) and
// `runeColumn(of:in:)` (columns are byte columns, as Go reports them).
// Implicit forms the compiler must notice: an elided `&T` in `[]*T{{…}}`
// (a composite literal node whose type is a pointer), a method call whose
// `MethodSelection.adjust` is `.addressOf` / `.deref`, embedded-field
// paths (`FieldStep.deref`), and `untyped nil` recorded with the type it
// is compared or assigned to.

/// Lexes, parses and type-checks one file of package main.
public func parseAndCheck(source: String, fileName: String) -> Result<CheckedProgram, Diagnostics> {
    withLargeStack {
        let (file, hard, soft) = parseInternal(source: source, fileName: fileName)
        if !hard.isEmpty { return .failure(makeDiagnostics(fileName: fileName, hard + soft)) }
        return checkOnThisThread(file, earlier: soft)
    }
}

/// Reads a file and checks it. Missing, unreadable, empty or binary input
/// and a file that is not `package main` give a clear one-line error.
public func loadAndCheck(path: String) -> Result<CheckedProgram, Diagnostics> {
    switch readSource(path: path) {
    case .failure(let d): return .failure(d)
    case .success(let text): return parseAndCheck(source: text, fileName: path)
    }
}
