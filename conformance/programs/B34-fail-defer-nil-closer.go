package main

import (
	"fmt"
	"strings"
)

type Closer interface {
	Close() error
}

type Conn struct {
	name   string
	closed bool
}

func (c *Conn) Close() error {
	if c.closed {
		return fmt.Errorf("%s: already closed", c.name)
	}
	c.closed = true
	fmt.Println("closed", c.name)
	return nil
}

func open(name string) (Closer, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("open %s: refused", name)
	}
	return &Conn{name: name}, nil
}

func use(name string) {
	c, err := open(name)
	if err != nil {
		fmt.Println("warning:", err)
	}
	defer c.Close()
	fmt.Println("using", name)
}

func main() {
	use("db")
	use("cache")
	use("bad-host")
}
