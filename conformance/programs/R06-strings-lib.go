package main

import (
	"fmt"
	"strings"
)

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:!?\"'")
		if w != "" {
			freq[w]++
		}
	}
	return freq
}

func banner(title string, width int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat("=", width))
	b.WriteByte('\n')
	pad := (width - len(title)) / 2
	b.WriteString(strings.Repeat(" ", pad))
	b.WriteString(strings.ToUpper(title))
	b.WriteRune('\n')
	b.WriteString(strings.Repeat("=", width))
	return b.String()
}

func main() {
	text := "The cat sat on the mat. The mat was flat; the cat was fat!"
	freq := wordFreq(text)
	for _, w := range []string{"the", "cat", "mat", "was", "dog"} {
		fmt.Printf("%-4s %d\n", w, freq[w])
	}
	fmt.Println(banner("report", 20))

	csv := "name,age,city\nann,31,Oslo\nbob,27,Rome\n"
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	header := strings.Split(lines[0], ",")
	for _, line := range lines[1:] {
		cols := strings.Split(line, ",")
		var parts []string
		for i, c := range cols {
			parts = append(parts, header[i]+"="+c)
		}
		fmt.Println(strings.Join(parts, "; "))
	}

	path := "/usr/local/lib/go/src/runtime/proc.go"
	fmt.Println(strings.HasPrefix(path, "/usr"), strings.HasSuffix(path, ".go"), strings.Contains(path, "runtime"))
	fmt.Println(strings.Index(path, "lib"), strings.LastIndex(path, "/"), path[strings.LastIndex(path, "/")+1:])
	fmt.Println(strings.Count(path, "/"), strings.Count("cheese", "e"), strings.Count("abc", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimLeft("  xx  ", " "), strings.TrimRight("xx!!", "!"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q %d\n", strings.Fields("  lots   of\tspace \n here "), len(strings.Fields("   ")))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Println(strings.Title("the go programming language"), strings.ToLower("MiXeD CaSe"))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.Index("héllo", "l"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		sb.WriteString(fmt.Sprint(i, "..."))
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
