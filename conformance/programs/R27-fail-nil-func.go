package main

import "fmt"

type Handler func(string) string

type Router struct {
	routes map[string]Handler
}

func (r *Router) Serve(path string) string {
	h := r.routes[path]
	return h(path)
}

func main() {
	r := &Router{routes: map[string]Handler{
		"/":     func(p string) string { return "home" },
		"/about": func(p string) string { return "about " + p },
	}}
	fmt.Println(r.Serve("/"))
	fmt.Println(r.Serve("/about"))
	fmt.Println(r.Serve("/missing"))
}
