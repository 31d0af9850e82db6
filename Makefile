# Build and install Debrief like any command-line tool.
#   make install PREFIX=$HOME/.local     (default PREFIX=/usr/local)
#   SCRATCH=DIR builds in DIR instead of .build (as `swift build --scratch-path DIR`).
PREFIX ?= /usr/local
SCRATCH ?= .build
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
MANDIR = $(SHAREDIR)/man/man1
BUILT = $(SCRATCH)/release/debrief
# swift-argument-parser's generate-manual plugin writes the page from the command definitions
# (it runs the release binary with --experimental-dump-help), offline, into the scratch folder.
MANPAGE = $(SCRATCH)/plugins/GenerateManual/outputs/debrief/debrief.1

.PHONY: build man install uninstall

build:
	swift build -c release --scratch-path "$(SCRATCH)" --product debrief

man: build
	swift package --scratch-path "$(SCRATCH)" plugin generate-manual --configuration release

install: build man
	install -d "$(BINDIR)" "$(MANDIR)" "$(SHAREDIR)/debrief/themes" "$(SHAREDIR)/bash-completion/completions" \
		"$(SHAREDIR)/zsh/site-functions" "$(SHAREDIR)/fish/vendor_completions.d"
	install -m 0755 "$(BUILT)" "$(BINDIR)/debrief"
	install -m 0644 "$(MANPAGE)" "$(MANDIR)/debrief.1"
	install -m 0644 Themes/*.toml "$(SHAREDIR)/debrief/themes/"
	"$(BUILT)" --generate-completion-script bash > "$(SHAREDIR)/bash-completion/completions/debrief"
	"$(BUILT)" --generate-completion-script zsh > "$(SHAREDIR)/zsh/site-functions/_debrief"
	"$(BUILT)" --generate-completion-script fish > "$(SHAREDIR)/fish/vendor_completions.d/debrief.fish"

uninstall:
	rm -f "$(BINDIR)/debrief" "$(MANDIR)/debrief.1" "$(SHAREDIR)/bash-completion/completions/debrief" \
		"$(SHAREDIR)/zsh/site-functions/_debrief" "$(SHAREDIR)/fish/vendor_completions.d/debrief.fish"
	rm -rf "$(SHAREDIR)/debrief"
