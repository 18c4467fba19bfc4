// proc.go:checkdead — the deadlock detector ("sched" calls it from mput).

extension Runtime {
    /// `proc.go:checkdead`, run when an M goes idle: if no M is running
    /// (`mcount - nmidle - nmidlelocked - nmsys == 0`), every user G must be
    /// waiting (else throw "checkdead: runnable g"); none at all → "no
    /// goroutines (main called runtime.Goexit) - deadlock!"; a timer in any
    /// P's heap may still wake someone → not a deadlock; otherwise
    /// `fatal("all goroutines are asleep - deadlock!")`, which prints a
    /// `goroutine N [wait reason]:` block per goroutine and exits with 2.
    /// Leaves out c-archive builds, the cgo extra-M allowance and faketime.
    func checkdeadImpl() {
        if sched.exitCode != nil { return }
        let run = Int32(sched.allm.count) - sched.nmidle - sched.nmsys
        if run > 0 { return }
        if run < 0 {
            fatal("checkdead: inconsistent counts")
            return
        }
        var grunning = 0
        for g in sched.allgs where !g.isSystem {
            switch g.status {
            case .waiting, .preempted:
                grunning += 1
            case .runnable, .running, .syscall:
                fatal("checkdead: runnable g")
                return
            default:
                break
            }
        }
        if grunning == 0 {
            // possible if main goroutine calls runtime·Goexit()
            fatal("no goroutines (main called runtime.Goexit) - deadlock!")
            return
        }
        // There are no goroutines running, so we can look at the P's.
        for p in sched.allp where !p.timers.isEmpty { return }
        fatal("all goroutines are asleep - deadlock!")
    }
}
