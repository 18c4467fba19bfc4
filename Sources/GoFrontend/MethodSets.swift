// Field and method lookup, method sets and interface satisfaction.
// Models go/types lookup.go (LookupFieldOrMethod: breadth-first through
// embedded fields, shallowest depth wins, ambiguity at equal depth) and
// missingMethod / method set rules (spec "Method sets").

/// Result of looking up `x.name`.
public enum Lookup: Sendable, Hashable {
    case notFound
    /// Several candidates at the same embedding depth.
    case ambiguous
    case field(path: [FieldStep], type: TypeID)
    /// `recvIsPointer`: the value reached by `path` is a pointer.
    case method(decl: MethodDecl, recvType: TypeID, path: [FieldStep], recvIsPointer: Bool)
    case interfaceMethod(index: Int, method: InterfaceMethod, path: [FieldStep])
}

extension TypeTable {
    /// Looks up field or method `name` in `t` (a named, struct, interface or
    /// pointer-to-those type), through embedded fields.
    public func lookupFieldOrMethod(_ t: TypeID, _ name: String) -> Lookup {
        struct Entry { var type: TypeID; var path: [FieldStep]; var viaPointer: Bool }
        var level = [Entry(type: t, path: [], viaPointer: false)]
        var seen: [TypeID] = []
        var depth = 0
        while !level.isEmpty && depth < 16 {
            var found: [Lookup] = []
            var next: [Entry] = []
            for e in level {
                var base = e.type
                var isPtr = false
                if case .pointer(let p) = self[base] { base = p; isPtr = true }
                else if depth == 0, !isNamed(base), case .pointer(let p) = under(base) { base = p; isPtr = true }
                if seen.contains(base) { continue }
                seen.append(base)
                if let n = named(base), let m = n.methods.first(where: { $0.name == name }) {
                    found.append(.method(decl: m, recvType: base, path: e.path, recvIsPointer: isPtr))
                    continue
                }
                switch under(base) {
                case .structure(let fs):
                    for (i, f) in fs.enumerated() {
                        let step = FieldStep(index: i, deref: isPtr)
                        if f.name == name {
                            found.append(.field(path: e.path + [step], type: f.type))
                        } else if f.embedded {
                            next.append(Entry(type: f.type, path: e.path + [step], viaPointer: e.viaPointer || isPtr))
                        }
                    }
                case .interface(let ms):
                    if !isPtr, let i = ms.firstIndex(where: { $0.name == name }) {
                        found.append(.interfaceMethod(index: i, method: ms[i], path: e.path))
                    }
                default: break
                }
            }
            if found.count == 1 { return found[0] }
            if found.count > 1 { return .ambiguous }
            level = next
            depth += 1
        }
        return .notFound
    }

    /// The method `name` callable on a value of type `t` (Go method set of
    /// `t`): value methods for `T`, all methods for `*T`, promoted ones
    /// through embedded fields. Returns the selection the VM uses for
    /// dynamic dispatch after boxing a `t` in an interface.
    public func methodInSet(_ t: TypeID, _ name: String) -> MethodSelection? {
        let lk = lookupFieldOrMethod(t, name)
        if case .interfaceMethod(let index, let m, let path) = lk, !path.isEmpty {
            return promotedInterfaceSelection(t, index, m, path)
        }
        guard case .method(let decl, let recvType, let path, let recvIsPointer) = lk else { return nil }
        let throughPointer = recvIsPointer || path.contains { $0.deref }
        if decl.pointerReceiver && !recvIsPointer {
            // Needs an addressable receiver: only if reached through a pointer.
            guard throughPointer else { return nil }
            return MethodSelection(method: decl, recvType: recvType, path: path, adjust: .addressOf)
        }
        return MethodSelection(method: decl, recvType: recvType, path: path,
                               adjust: (!decl.pointerReceiver && recvIsPointer) ? .deref : .none)
    }

    /// Method `m` (index `index`) of an interface field embedded in `t`
    /// along `path`: in the method set of both `T` and `*T`; the receiver
    /// is the interface value at the end of the path (go/types: a promoted
    /// method of an embedded interface).
    public func promotedInterfaceSelection(_ t: TypeID, _ index: Int, _ m: InterfaceMethod, _ path: [FieldStep]) -> MethodSelection {
        var cur = t
        for s in path {
            if s.deref, let p = pointee(cur) { cur = p }
            let fs = fields(cur)
            guard s.index < fs.count else { break }
            cur = fs[s.index].type
        }
        let decl = MethodDecl(name: m.name, signature: m.signature, pointerReceiver: false, target: .embeddedInterface(index: index))
        return MethodSelection(method: decl, recvType: cur, path: path, adjust: .none)
    }

    public enum Missing: Sendable, Hashable {
        case missing(String)
        /// The method exists with a pointer receiver only.
        case pointerReceiver(String)
        case wrongType(String, have: TypeID, want: TypeID)
    }

    /// Why `t` does not implement interface `iface`, or nil when it does.
    public func missingMethod(_ t: TypeID, _ iface: TypeID) -> Missing? {
        guard case .interface(let want) = under(iface) else { return nil }
        if case .interface(let have) = under(t) {
            for m in want {
                guard let h = have.first(where: { $0.name == m.name }) else { return .missing(m.name) }
                if h.signature != m.signature { return .wrongType(m.name, have: h.signature, want: m.signature) }
            }
            return nil
        }
        for m in want {
            if let sel = methodInSet(t, m.name) {
                if sel.method.signature != m.signature {
                    return .wrongType(m.name, have: sel.method.signature, want: m.signature)
                }
            } else if case .method(let d, _, _, _) = lookupFieldOrMethod(t, m.name) {
                if d.pointerReceiver { return .pointerReceiver(m.name) }
                return .missing(m.name)
            } else {
                return .missing(m.name)
            }
        }
        return nil
    }

    public func implements(_ t: TypeID, _ iface: TypeID) -> Bool { missingMethod(t, iface) == nil }

    /// Method set of `t` as (name, selection), sorted by name: the itab a VM
    /// builds when a `t` is converted to an interface.
    public func methodSet(_ t: TypeID) -> [(name: String, selection: MethodSelection)] {
        var names: [String] = []
        func collect(_ t: TypeID, depth: Int) {
            guard depth < 8 else { return }
            var base = t
            if case .pointer(let p) = self[base] { base = p }
            if let n = named(base) { names.append(contentsOf: n.methods.map(\.name)) }
            if depth > 0, case .interface(let ms) = under(base) { names.append(contentsOf: ms.map(\.name)) }
            if case .structure(let fs) = under(base) {
                for f in fs where f.embedded { collect(f.type, depth: depth + 1) }
            }
        }
        collect(t, depth: 0)
        var out: [(String, MethodSelection)] = []
        for n in Set(names).sorted() {
            if let s = methodInSet(t, n) { out.append((n, s)) }
        }
        return out
    }
}
