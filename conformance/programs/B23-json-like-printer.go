package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v interface{}, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case int, int64:
		b.WriteString(fmt.Sprint(x))
	case float64:
		b.WriteString(fmt.Sprintf("%g", x))
	case string:
		b.WriteString(fmt.Sprintf("%q", x))
	case []interface{}:
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
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			render(x[k], indent+1, b)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<%T>\"", x)
	}
}

func depth(v interface{}) int {
	d := 0
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			if n := depth(e); n > d {
				d = n
			}
		}
		return d + 1
	case map[string]interface{}:
		for _, e := range x {
			if n := depth(e); n > d {
				d = n
			}
		}
		return d + 1
	}
	return 0
}

func main() {
	doc := map[string]interface{}{
		"name":    "gopher",
		"age":     13,
		"score":   98.5,
		"active":  true,
		"tags":    []interface{}{"go", "runtime", 1.5e10, nil},
		"address": map[string]interface{}{"city": "Zürich", "zip": int64(8001), "geo": []interface{}{}},
		"ch":      make(chan int),
		"quote":   "say \"hi\"\n",
	}
	var b strings.Builder
	render(doc, 0, &b)
	fmt.Println(b.String())
	fmt.Println("depth:", depth(doc), "len:", len(b.String()))
}
