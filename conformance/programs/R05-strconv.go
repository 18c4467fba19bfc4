package main

import (
	"fmt"
	"strconv"
)

type Record struct {
	Name  string
	Age   int
	Score float64
	Admin bool
}

func parseRecord(fields []string) (Record, error) {
	var r Record
	if len(fields) != 4 {
		return r, fmt.Errorf("want 4 fields, got %d", len(fields))
	}
	r.Name = fields[0]
	age, err := strconv.Atoi(fields[1])
	if err != nil {
		return r, fmt.Errorf("age: %w", err)
	}
	r.Age = age
	score, err := strconv.ParseFloat(fields[2], 64)
	if err != nil {
		return r, fmt.Errorf("score: %w", err)
	}
	r.Score = score
	admin, err := strconv.ParseBool(fields[3])
	if err != nil {
		return r, fmt.Errorf("admin: %w", err)
	}
	r.Admin = admin
	return r, nil
}

func main() {
	rows := [][]string{
		{"ann", "31", "88.5", "true"},
		{"bob", "thirty", "70", "false"},
		{"cy", "22", "9e999", "false"},
		{"di", "40", "61.25", "maybe"},
		{"ed", "19"},
		{"flo", "-5", "1e2", "1"},
	}
	for _, row := range rows {
		r, err := parseRecord(row)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%+v\n", r)
	}

	fmt.Println(strconv.Itoa(-9876), strconv.Itoa(0)+"!", len(strconv.Itoa(1234567)))
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-3054, base), " ")
	}
	fmt.Println()
	for _, in := range []string{"0x1f", "1f", "-101", "9223372036854775808", "  7"} {
		n, err := strconv.ParseInt(in, 0, 64)
		fmt.Println(n, err)
	}
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
	h, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(h, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, f := range []float64{3.14159, 1.0, 0.000123, 123456789.0, -2.5} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64))
	}
	fmt.Println(strconv.Quote("hello \"world\"\n"), strconv.Quote("tab\t☺"), strconv.QuoteRune('x'), strconv.QuoteRune('\n'))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(1 > 2))
	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		if n, err := strconv.Atoi(s); err == nil {
			total += n
		}
	}
	fmt.Println("total", total)
}
