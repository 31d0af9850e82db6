# Build and install Debrief like any command-line tool.
#   make install PREFIX=$HOME/.local     (default PREFIX=/usr/local)
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share

.PHONY: build install uninstall

build:
	swift build -c release --product debrief

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)/debrief/themes" "$(SHAREDIR)/bash-completion/completions" \
		"$(SHAREDIR)/zsh/site-functions" "$(SHAREDIR)/fish/vendor_completions.d"
	install -m 0755 .build/release/debrief "$(BINDIR)/debrief"
	install -m 0644 Themes/*.toml "$(SHAREDIR)/debrief/themes/"
	.build/release/debrief --generate-completion-script bash > "$(SHAREDIR)/bash-completion/completions/debrief"
	.build/release/debrief --generate-completion-script zsh > "$(SHAREDIR)/zsh/site-functions/_debrief"
	.build/release/debrief --generate-completion-script fish > "$(SHAREDIR)/fish/vendor_completions.d/debrief.fish"

uninstall:
	rm -f "$(BINDIR)/debrief" "$(SHAREDIR)/bash-completion/completions/debrief" \
		"$(SHAREDIR)/zsh/site-functions/_debrief" "$(SHAREDIR)/fish/vendor_completions.d/debrief.fish"
	rm -rf "$(SHAREDIR)/debrief"
