package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Pet struct {
	Animal
	Owner string
}

type Dog struct {
	*Pet
	Tricks []string
}

func (d Dog) Describe() string {
	return "dog: " + d.Pet.Describe()
}

type Describer interface {
	Describe() string
}

func main() {
	p := Pet{Animal{"cat", 4}, "ann"}
	fmt.Println(p.Name, p.Legs, p.Owner)
	fmt.Println(p.Describe())
	p.Rename("tom")
	fmt.Println(p.Animal.Name, p.Name)
	fmt.Printf("%v\n%+v\n", p, p)

	d := Dog{&Pet{Animal{"rex", 3}, "bob"}, []string{"sit"}}
	d.Legs++
	d.Rename("max")
	fmt.Println(d.Describe(), d.Owner, d.Tricks)

	var ds []Describer
	ds = append(ds, p, &p, d, p.Animal, &d)
	for i, x := range ds {
		fmt.Println(i, x.Describe())
	}
	q := p
	q.Name = "copy"
	fmt.Println(p.Name, q.Name, p == q)
	q.Name = "tom"
	fmt.Println(p == q)
	d2 := d
	d2.Name = "shared"
	fmt.Println(d.Name, d2.Name)
}
