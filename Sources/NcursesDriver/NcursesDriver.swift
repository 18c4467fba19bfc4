// NcursesDriver: the only module that calls ncurses.
import CNcurses
import TerminalUI
