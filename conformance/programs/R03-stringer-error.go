package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Card struct {
	Rank int
	Suit string
}

func (c *Card) String() string { return fmt.Sprintf("%d of %s", c.Rank, c.Suit) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type ValidationError struct {
	Field string
	Issue string
}

func (e ValidationError) Error() string {
	return "invalid " + e.Field + ": " + e.Issue
}

type Stack struct {
	items []int
}

func (s Stack) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, "|") + ">"
}

type Palette struct {
	Main   Color
	Accent Color
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Blue, Blue, Blue, Blue)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Printf("%v %+v\n", Palette{Green, Blue}, Palette{Green, Blue})

	c := Card{12, "hearts"}
	fmt.Println(&c)
	fmt.Println(c)
	fmt.Printf("%v %+v\n", c, &c)
	cards := []*Card{{1, "spades"}, {10, "clubs"}}
	fmt.Println(cards[0], cards[1], len(cards))

	fmt.Println(Temp(21.456), []Temp{1, 2.25})
	fmt.Printf("%v %.2f %s\n", Temp(-3), Temp(-3), Temp(0))

	var err error = ValidationError{"age", "must be positive"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(ValidationError{"name", "empty"})
	errs := []error{err, ValidationError{"email", "missing @"}}
	fmt.Println(errs)

	s := Stack{[]int{1, 2, 3}}
	fmt.Println(s)
	fmt.Printf("%v %s|%d\n", s, s, s)
	fmt.Println(fmt.Sprint(Blue, Red), fmt.Sprint(Temp(1), "x", Temp(2)))
	str := fmt.Sprintf("%v and %v", Green, &c)
	fmt.Println(str, len(str))
}
