package main

import "fmt"

type Logger interface {
	Log(string)
}

type Service struct {
	Logger
	name string
}

type stdout struct{ prefix string }

func (s stdout) Log(m string) { fmt.Println(s.prefix + m) }

func main() {
	s := Service{Logger: stdout{"[svc] "}, name: "a"}
	s.Log("started " + s.name)
	var l Logger = s
	l.Log("via interface")
	t := Service{name: "b"}
	fmt.Println(t.Logger == nil)
	t.Log("boom")
}
