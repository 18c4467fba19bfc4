package main

import (
	"fmt"
	"io"
	"strings"
)

type CountingWriter struct {
	Lines int
	Bytes int
	buf   strings.Builder
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.Bytes += len(p)
	for _, b := range p {
		if b == '\n' {
			c.Lines++
		}
	}
	c.buf.Write(p)
	return len(p), nil
}

type Upper struct{ out *strings.Builder }

func (u Upper) Write(p []byte) (int, error) {
	return u.out.WriteString(strings.ToUpper(string(p)))
}

func report(w io.Writer, items map[string]int, keys []string) {
	fmt.Fprintln(w, "report:")
	for _, k := range keys {
		fmt.Fprintf(w, "  %-6s %3d\n", k, items[k])
	}
	fmt.Fprint(w, "end", 1, 2, "\n")
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Println(n, err, sb.String(), sb.Len())
	items := map[string]int{"apple": 3, "kiwi": 12}
	keys := []string{"apple", "kiwi"}
	cw := &CountingWriter{}
	report(cw, items, keys)
	fmt.Println(cw.Lines, cw.Bytes)
	fmt.Print(cw.buf.String())
	var out strings.Builder
	report(Upper{&out}, items, keys)
	fmt.Print(out.String())
	var w io.Writer = &sb
	fmt.Fprintln(w, "|more")
	fmt.Printf("%q\n", sb.String())
	sb.Write([]byte("!!"))
	fmt.Println(sb.String())
}
