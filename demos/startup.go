// The start-up chain: rt0_go → schedinit (creates the Ps) →
// newproc(runtime.main) → mstart → schedule. runtime.main starts sysmon,
// the forcegc helper, the background sweeper and scavenger (they park with
// their wait reasons), runs package init functions, then main.main.
package main

import (
	"fmt"
	"runtime"
)

var greeting = makeGreeting()

func makeGreeting() string {
	fmt.Println("package variable initialised")
	return "hello"
}

func init() {
	fmt.Println("init runs before main")
}

func main() {
	fmt.Println(greeting, "from main.main; goroutines:", runtime.NumGoroutine())
}
