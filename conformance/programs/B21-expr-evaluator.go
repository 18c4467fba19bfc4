package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                          { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("eval %v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b *BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (c Call) Eval(env map[string]float64) (float64, error) {
	vals := make([]float64, 0, len(c.Args))
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		vals = append(vals, v)
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			if v > m {
				m = v
			}
		}
		return m, nil
	case "sum":
		s := 0.0
		for _, v := range vals {
			s += v
		}
		return s, nil
	}
	return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(vals))
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func countNodes(n Node) (count int) {
	count = 1
	switch t := n.(type) {
	case *BinOp:
		count += countNodes(t.L) + countNodes(t.R)
	case Call:
		for _, a := range t.Args {
			count += countNodes(a)
		}
	case Num, Var:
	}
	return
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	exprs := []Node{
		&BinOp{'+', Num(1), &BinOp{'*', Var("x"), Num(2)}},
		&BinOp{'/', Var("x"), &BinOp{'-', Var("y"), Num(0.5)}},
		Call{"max", []Node{Num(1), Var("x"), &BinOp{'*', Var("y"), Num(10)}}},
		Call{"sum", []Node{Var("z")}},
		Call{"avg", []Node{Num(1), Num(2)}},
		&BinOp{'%', Num(1), Num(2)},
		Num(1e-7),
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		if errors.Is(err, ErrDivZero) {
			fmt.Println("DIV0:", err)
			continue
		}
		if err != nil {
			fmt.Printf("%-28s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-28s = %-6g nodes=%d\n", e, v, countNodes(e))
	}
}
