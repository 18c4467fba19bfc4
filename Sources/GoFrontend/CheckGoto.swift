// goto: the checks cmd/compile makes (Go 1.19, gc's checkgoto): the label
// must be in the goto's block or an enclosing one ("goto L jumps into
// block starting at …"), and a forward goto must not skip a variable
// declaration in the label's block ("goto L jumps over declaration of x at
// …", naming the last one before the label). Undefined labels are
// reported as "label L not defined".

extension Checker {
    /// One step of a statement's position: block `block`, statement `index`.
    struct BlockStep { var block: Int; var index: Int }

    struct GotoScan {
        var blockStart: [Pos] = []
        /// Per block: (statement index, position, names) of each variable declaration.
        var decls: [[(index: Int, pos: Pos, names: [String])]] = []
        var labels: [String: [BlockStep]] = [:]
        var gotos: [(label: Ident, path: [BlockStep])] = []
    }

    /// Check every goto in a function body (closures have their own bodies:
    /// labels do not cross function literals).
    func checkGotos(_ body: Block) {
        var scan = GotoScan()
        func newBlock(_ start: Pos) -> Int {
            scan.blockStart.append(start); scan.decls.append([])
            return scan.blockStart.count - 1
        }
        func walkList(_ stmts: [Stmt], _ start: Pos, _ path: [BlockStep]) {
            let b = newBlock(start)
            for (i, s) in stmts.enumerated() { walk(s, path + [BlockStep(block: b, index: i)], block: b, index: i) }
        }
        func walk(_ s: Stmt, _ path: [BlockStep], block: Int, index: Int) {
            switch s.kind {
            case .labeled(let l, let inner):
                if scan.labels[l.name] == nil { scan.labels[l.name] = path }
                walk(inner, path, block: block, index: index)
            case .branch(.kwGoto, let l?):
                scan.gotos.append((l, path))
            case .decl(let g) where g.tok == .kwVar:
                for spec in g.specs {
                    if case .value(let vs) = spec, let first = vs.names.first {
                        // gc names only the first variable of a var spec
                        scan.decls[block].append((index, first.pos, [first.name]))
                    }
                }
            case .assign(let lhs, .define, _):
                let names = lhs.map { e -> String in if case .ident(let id) = e.kind { return id.name }; return "_" }
                scan.decls[block].append((index, file.assignOpPos[s.id] ?? s.pos, names))
            case .block(let b): walkList(b.stmts, b.lbrace, path)
            case .if(_, _, let then, let els):
                walkList(then.stmts, then.lbrace, path)
                if let e = els { walk(e, path, block: block, index: index) }
            case .for(_, _, _, let body), .range(_, _, _, _, let body): walkList(body.stmts, body.lbrace, path)
            case .switch(_, _, let cs, _), .typeSwitch(_, _, _, let cs, _):
                for c in cs { walkList(c.body, c.pos, path) }   // gc: the clause starts the block
            case .select(let cs, _):
                for c in cs { walkList(c.body, c.pos, path) }   // gc: the clause starts the block
            default: break
            }
        }
        walkList(body.stmts, body.lbrace, [])
        for (l, gp) in scan.gotos {
            guard let lp = scan.labels[l.name] else {
                error(l.pos, "label \(l.name) not defined")
                continue
            }
            labels[l.name]?.used = true
            // Blocks nest, so the goto is inside the label's block iff it
            // shares the label's path of blocks down to that block.
            let depth = lp.count - 1
            var d = 0
            while d <= depth, d < gp.count, gp[d].block == lp[d].block { d += 1 }
            if d <= depth {
                let into = scan.blockStart[lp[d].block]
                error(l.pos, "goto \(l.name) jumps into block starting at \(file.fileName):\(into.line):\(into.col)")
                continue
            }
            let from = gp[depth].index, to = lp[depth].index
            guard to > from else { continue }
            if let last = scan.decls[lp[depth].block].last(where: { $0.index > from && $0.index < to }) {
                error(l.pos, "goto \(l.name) jumps over declaration of \(last.names.joined(separator: ", ")) at \(file.fileName):\(last.pos.line):\(last.pos.col)")
            }
        }
    }
}
