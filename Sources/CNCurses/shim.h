#ifndef DEBRIEF_CNCURSES_SHIM_H
#define DEBRIEF_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so wide-character support is switched on here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

// Globals and macros are not importable (or not concurrency-safe) in Swift 6: wrap them.
static inline WINDOW *debrief_stdscr(void) { return stdscr; }
static inline int debrief_lines(void) { return LINES; }
static inline int debrief_cols(void) { return COLS; }
static inline int debrief_colors(void) { return COLORS; }
static inline int debrief_color_pairs(void) { return COLOR_PAIRS; }
static inline void debrief_getmaxyx(WINDOW *win, int *y, int *x) { int h, w; getmaxyx(win, h, w); *y = h; *x = w; }

// newterm on the process's own stdin/stdout (the FILE globals are not importable in Swift 6).
static inline SCREEN *debrief_newterm(void) { return newterm(NULL, stdout, stdin); }

// Attributes.
static inline attr_t debrief_a_normal(void) { return A_NORMAL; }
static inline attr_t debrief_a_bold(void) { return A_BOLD; }
static inline attr_t debrief_a_dim(void) { return A_DIM; }
static inline attr_t debrief_a_italic(void) { return A_ITALIC; }
static inline attr_t debrief_a_underline(void) { return A_UNDERLINE; }
static inline attr_t debrief_a_reverse(void) { return A_REVERSE; }

// Sets attributes and a colour pair; the pair goes through `opts` so pairs above 32767 work
// (ncurses' extended-colour convention).
static inline int debrief_set_attributes(WINDOW *win, attr_t attrs, int pair) {
    int extended = pair;
    return wattr_set(win, attrs, (short)(pair <= 32767 ? pair : 0), &extended);
}

static inline int debrief_has_extended_colors(void) {
#if NCURSES_EXT_COLORS
    return 1;
#else
    return 0;
#endif
}

static inline int debrief_init_pair(int pair, int fg, int bg) {
#if NCURSES_EXT_COLORS
    return init_extended_pair(pair, fg, bg);
#else
    return init_pair((short)pair, (short)fg, (short)bg);
#endif
}

// Whether terminfo says the terminal draws lines (an `acsc` string); asked after newterm.
static inline int debrief_has_line_drawing(void) {
    char *acsc = tigetstr("acsc");
    return acsc != NULL && acsc != (char *)-1 && acsc[0] != 0;
}

// Mouse reporting: presses of the main button and wheel steps only (no motion, no click delay),
// so a click is one event and Shift-drag still selects text in the terminal.
static inline void debrief_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mouseinterval(0);
    mousemask(wanted, NULL);
}
static inline int debrief_key_mouse(void) { return KEY_MOUSE; }

// The mouse event behind a KEY_MOUSE: 1 a click, 2 the wheel up, 3 the wheel down, 0 anything else.
static inline int debrief_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    if (event.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}

// Key codes returned by get_wch with KEY_CODE_YES.
static inline int debrief_key_code_yes(void) { return KEY_CODE_YES; }
static inline int debrief_key_resize(void) { return KEY_RESIZE; }
static inline int debrief_key_up(void) { return KEY_UP; }
static inline int debrief_key_down(void) { return KEY_DOWN; }
static inline int debrief_key_left(void) { return KEY_LEFT; }
static inline int debrief_key_right(void) { return KEY_RIGHT; }
static inline int debrief_key_home(void) { return KEY_HOME; }
static inline int debrief_key_end(void) { return KEY_END; }
static inline int debrief_key_ppage(void) { return KEY_PPAGE; }
static inline int debrief_key_npage(void) { return KEY_NPAGE; }
static inline int debrief_key_backspace(void) { return KEY_BACKSPACE; }
static inline int debrief_key_dc(void) { return KEY_DC; }
static inline int debrief_key_ic(void) { return KEY_IC; }
static inline int debrief_key_btab(void) { return KEY_BTAB; }
static inline int debrief_key_enter(void) { return KEY_ENTER; }
static inline int debrief_key_f0(void) { return KEY_F0; }
static inline int debrief_key_sleft(void) { return KEY_SLEFT; }
static inline int debrief_key_sright(void) { return KEY_SRIGHT; }

#endif
