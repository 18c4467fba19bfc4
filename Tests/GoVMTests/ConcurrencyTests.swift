// Goroutines, channels, select, sync through the simulated runtime.
import Testing

@Test func channelsAndSelect() {
    for procs in [1, 4] {
        let r = runGo(prog(["fmt", "time"], "", main: """
            ch := make(chan int)
            done := make(chan struct{})
            go func() {
                for v := range ch {
                    fmt.Println("got", v)
                }
                close(done)
            }()
            for i := 0; i < 3; i++ {
                ch <- i
            }
            close(ch)
            <-done
            select {
            case v, ok := <-ch:
                fmt.Println("closed:", v, ok)
            case <-time.After(time.Second):
                fmt.Println("timeout")
            }
            var nilch chan int
            select {
            case nilch <- 1:
            default:
                fmt.Println("default")
            }
            """), procs: procs)
        #expect(r.stdout == "got 0\ngot 1\ngot 2\nclosed: 0 false\ndefault\n")
    }
}

@Test func waitGroupMutexAndDeadlock() {
    let r = runGo(prog(["fmt", "sync"], "", main: """
        var mu sync.Mutex
        var wg sync.WaitGroup
        total := 0
        for i := 1; i <= 10; i++ {
            wg.Add(1)
            go func(n int) {
                defer wg.Done()
                mu.Lock()
                total += n
                mu.Unlock()
            }(i)
        }
        wg.Wait()
        fmt.Println(total)
        ch := make(chan int)
        <-ch
        """), procs: 3)
    #expect(r.stdout == "55\n")
    #expect(r.code == 2)
    #expect(r.stderr.hasPrefix("fatal error: all goroutines are asleep - deadlock!\n"))
}

@Test func initOrderAndGlobals() {
    let r = runGo(prog(["fmt"], """
        var a = b + 1
        var b = f()
        var counter int
        func f() int { counter++; return 41 }
        func init() { fmt.Println("init1", a, b) }
        func init() { counter += 10 }
        """, main: """
        p := &counter
        *p += 100
        fmt.Println(counter)
        """))
    #expect(r.stdout == "init1 42 41\n111\n")
}
