package main

import (
	"fmt"
	"strings"
)

func main() {
	html := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(html.Replace("<a href=\"x&y\">link</a>"))
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa"))
	leet := strings.NewReplacer("e", "3", "o", "0", "l", "1", "t", "7")
	fmt.Println(leet.Replace("hello world, let's go"))
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))
	one := strings.NewReplacer("ab", "X")
	fmt.Println(one.Replace("abcabab-ab"), one.Replace(""))
	tabs := strings.NewReplacer("\t", "    ", "\n", " | ")
	fmt.Printf("%q\n", tabs.Replace("a\tb\nc"))
	del := strings.NewReplacer(" ", "", ",", "")
	fmt.Println(del.Replace("1, 2, 3 ,4"))
	ins := strings.NewReplacer("", "-")
	fmt.Println(ins.Replace("abc"))
}
