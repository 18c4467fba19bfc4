package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string      { return "base" }

type Timestamps struct{ Created, Updated int }

func (t *Timestamps) Touch(now int) { t.Updated = now }
func (t Timestamps) Kind() string  { return "timestamps" }

type User struct {
	Base
	*Timestamps
	Email string
}

func (u User) Describe() string { return "User:" + u.Base.Describe() + "<" + u.Email + ">" }
func (u User) Kind() string     { return "user/" + u.Base.Kind() + "/" + u.Timestamps.Kind() }

type Describer interface{ Describe() string }
type Renamer interface {
	Describer
	Rename(string)
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

func main() {
	u := User{Base{1, "ann"}, &Timestamps{10, 10}, "ann@x"}
	fmt.Println(u.Describe())
	fmt.Println(u.ID, u.Name, u.Created, u.Kind())
	u.Rename("anna")
	u.Touch(42)
	fmt.Printf("%+v %+v\n", u.Base, *u.Timestamps)
	var d Describer = u
	fmt.Println(d.Describe())
	var r Renamer = &u
	r.Rename("annie")
	fmt.Println(r.Describe(), u.Name)
	if _, ok := d.(Renamer); !ok {
		fmt.Println("User value is not a Renamer")
	}
	if rr, ok := interface{}(&u).(Renamer); ok {
		fmt.Println("*User is a Renamer:", rr.Describe())
	}
	var h Handler = HandlerFunc(func(s string) string { return s + s })
	fmt.Println(h.Handle("ab"))
	hs := []Handler{h, HandlerFunc(func(s string) string { return fmt.Sprint(len(s)) })}
	for i, x := range hs {
		fmt.Println(i, x.Handle("go"))
	}
	u2 := u
	u2.Touch(99)
	u2.Rename("copy")
	fmt.Println(u.Updated, u.Name, u2.Name)
}
