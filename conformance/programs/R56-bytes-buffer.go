package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

type Report struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (r *Report) Add(format string, args ...interface{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Fprintf(&r.buf, format, args...)
	r.buf.WriteByte('\n')
}

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune('世')
	b.Write([]byte(" world"))
	fmt.Println(b.String(), b.Len(), len(b.Bytes()))
	fmt.Fprintf(&b, " %d+%d=%d", 1, 2, 3)
	fmt.Println(&b)
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var r Report
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.Add("line from worker %d", i)
		}(i)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(r.buf.String()), "\n")
	fmt.Println(len(lines), strings.HasPrefix(lines[0], "line from worker"))
	bs := b.Bytes()
	fmt.Println(bs == nil, len(bs))
}
