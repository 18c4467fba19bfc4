package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), len([]rune(s)), s[1], s[2], string(s[7]))
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	rs := []rune(s)
	rs[0] = 'H'
	fmt.Println(string(rs), string(rs[7:9]))
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), bs)
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	var count [3]int
	for _, c := range "a1 b2 c3" {
		switch {
		case c >= 'a' && c <= 'z':
			count[0]++
		case c >= '0' && c <= '9':
			count[1]++
		default:
			count[2]++
		}
	}
	fmt.Println(count)
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev(s))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), s[:2], s[7:])
	fmt.Printf("%q %x % x\n", s[1:3], "hi", "hi")
	fmt.Println("a" < "b", "ab" < "a", "Z" < "a", "" < "a")
}
