package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, strings.HasPrefix(runtime.Version(), "go1."))
	fmt.Printf("%s/%s %T\n", runtime.GOOS, runtime.GOARCH, runtime.GOOS)
	const platform = runtime.GOOS + "-" + runtime.GOARCH
	fmt.Println(platform, len(platform))
}
