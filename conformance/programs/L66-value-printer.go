package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value = interface{}

func render(v Value, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int, int64:
		b.WriteString(fmt.Sprint(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			render(e, indent+1, b)
			if i < len(x)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			b.WriteString(fmt.Sprintf("%s  %q: ", pad, k))
			render(x[k], indent+1, b)
			if i < len(keys)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	default:
		b.WriteString(fmt.Sprintf("<%T>", x))
	}
}

func count(v Value) (n int) {
	switch x := v.(type) {
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	default:
		n = 1
	}
	return
}

func main() {
	doc := map[string]Value{
		"name":    "gopher",
		"age":     13,
		"score":   97.5,
		"admin":   false,
		"tags":    []Value{"go", "concurrency", 2009},
		"address": map[string]Value{"city": "Mountain View", "zip": nil},
		"empty":   []Value{},
		"weird":   struct{}{},
	}
	var b strings.Builder
	render(doc, 0, &b)
	fmt.Println(b.String())
	fmt.Println("leaves:", count(doc))
}
