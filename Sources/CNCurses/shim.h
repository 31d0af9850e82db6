#ifndef DEBRIEF_CNCURSES_SHIM_H
#define DEBRIEF_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so wide-character support is switched on here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

// Globals and macros are not importable (or not concurrency-safe) in Swift 6: wrap them.
static inline WINDOW *debrief_stdscr(void) { return stdscr; }
static inline int debrief_lines(void) { return LINES; }
static inline int debrief_cols(void) { return COLS; }

#endif
