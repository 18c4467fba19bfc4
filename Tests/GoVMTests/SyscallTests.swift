// syscall.Nanosleep is `syscall.Syscall` → `entersyscall` (not
// entersyscallblock): the P stays `_Psyscall`, sysmon's `retake` takes it
// (GoSysBlock) and `handoffp` gives it to another M, which runs the waiting G.
import GoRuntime
import GoVM
import Testing

/// demos/syscall-handoff.go: G6 sleeps 5 ms in the kernel while G5 waits in runq.
private let handoffProgram = """
package main

import (
	"fmt"
	"runtime"
	"syscall"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan string)
	go func() {
		done <- "other goroutine ran during the syscall"
	}()
	go func() {
		ts := syscall.Timespec{Nsec: 5000000}
		syscall.Nanosleep(&ts, nil)
		done <- "syscall finished"
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)
}
"""

@Test func nanosleepIsRetakenBySysmonAndHandedOff() {
    let (r, runtime) = runGoRuntime(handoffProgram, procs: 4, seed: 1)
    guard let rt = runtime else { Issue.record("did not compile: \(r.stderr)"); return }
    #expect(r.code == 0)
    #expect(r.stdout == "other goroutine ran during the syscall\nsyscall finished\n")
    var seq: [String] = []
    for e in rt.events.events {
        guard case .sched(let s) = e.kind else { continue }
        switch s {
        case let .goSysCall(g, d, blocking): seq.append("syscall \(g) \(d) blocking=\(blocking)")
        case let .retake(p, m, g): seq.append("retake \(p) from \(m) \(g)")
        case let .goSysBlock(g, p): seq.append("sysblock \(g) \(p)")
        case let .handoff(p, to): seq.append("handoff \(p) to \(to)")
        case let .goSysExit(g, fast): seq.append("sysexit \(g) fast=\(fast)")
        default: break
        }
    }
    #expect(seq == [
        "syscall 6 5000000 blocking=false",
        "retake P0 from M0 6",
        "sysblock 6 P0",
        "handoff P0 to M2",
        "sysexit 6 fast=true",
    ])
}
