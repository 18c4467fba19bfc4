// Tours: guided captions over demos. See docs/tours.md.
