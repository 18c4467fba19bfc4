package main

import "fmt"

type Expr interface{ Eval() int }

type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Div struct{ L, R Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }
func (d Div) Eval() int { return d.L.Eval() / d.R.Eval() }

func (a Add) String() string { return fmt.Sprintf("(%v + %v)", a.L, a.R) }
func (m Mul) String() string { return fmt.Sprintf("(%v * %v)", m.L, m.R) }
func (d Div) String() string { return fmt.Sprintf("(%v / %v)", d.L, d.R) }

func main() {
	e := Add{Num(2), Mul{Num(3), Num(4)}}
	fmt.Println(e, "=", e.Eval())
	d := Div{e, Add{Num(1), Num(-1)}}
	fmt.Println(d)
	fmt.Println(d.Eval())
}
