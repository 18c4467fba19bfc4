package main

import "fmt"

type Token struct {
	Kind  string
	Value string
}

func lex(input string, quit <-chan struct{}, stopped chan<- bool) <-chan Token {
	out := make(chan Token)
	go func() {
		defer close(out)
		defer func() { stopped <- true }()
		i := 0
		for i < len(input) {
			c := input[i]
			var t Token
			switch {
			case c == ' ':
				i++
				continue
			case c >= '0' && c <= '9':
				j := i
				for j < len(input) && input[j] >= '0' && input[j] <= '9' {
					j++
				}
				t = Token{"NUM", input[i:j]}
				i = j
			case c == '+' || c == '-' || c == '*':
				t = Token{"OP", string(c)}
				i++
			default:
				t = Token{"ERR", string(c)}
				i++
			}
			select {
			case out <- t:
			case <-quit:
				fmt.Println("lexer stopped early")
				return
			}
		}
	}()
	return out
}

func main() {
	quit := make(chan struct{})
	stopped := make(chan bool, 2)
	for t := range lex("12 + 34 * 5", quit, stopped) {
		fmt.Printf("%-3s %q\n", t.Kind, t.Value)
	}
	quit2 := make(chan struct{})
	<-stopped
	toks := lex("1 + 2 ? 3 + 4", quit2, stopped)
	for t := range toks {
		if t.Kind == "ERR" {
			fmt.Println("error token", t.Value)
			close(quit2)
			break
		}
		fmt.Println(t)
	}
	<-stopped
	_, ok := <-toks
	fmt.Println("closed:", !ok)
	fmt.Println("done")
}
