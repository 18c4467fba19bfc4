package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	words := []string{"hello", "héllo", "世界", "🙂ok", ""}
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		lr, lsize := utf8.DecodeLastRuneInString(w)
		fmt.Printf("%-8q bytes=%d runes=%d first=%q/%d last=%q/%d rev=%q\n", w, len(w), utf8.RuneCountInString(w), r, size, lr, lsize, reverseRunes(w))
	}
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('🙂'), utf8.RuneLen(-1))
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("bad\xff"), utf8.ValidRune(0xD800), utf8.RuneCount([]byte("añb")))
	fmt.Println(utf8.RuneError, utf8.UTFMax, string(utf8.RuneError), utf8.MaxRune)
	padded := fmt.Sprintf("[%s]", strings.Repeat("·", 3))
	fmt.Println(padded, len(padded), utf8.RuneCountInString(padded))
}
