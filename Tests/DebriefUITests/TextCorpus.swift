/// Control characters and escape sequences that a hostile or broken import might carry, with the
/// text the screen must show for each.
enum TextCorpus {
    static let entries: [(input: String, shown: String)] = [
        ("\u{1B}[2J", "␛[2J"),
        ("\u{1B}]0;pwned\u{07}", "␛]0;pwned␇"),
        ("\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "␛]52;c;cm0gLXJmIH4=␇"),
        ("\u{1B}]8;;https://evil.example/ click", "␛]8;;https://evil.example/ click"),
        ("\u{9B}31mred", "\u{FFFD}31mred"),
        ("ding\u{07}", "ding␇"),
        ("safe\rEVIL", "safe␍EVIL"),
        ("a\u{0}b", "a␀b"),
        ("invoice\u{202E}fdp.exe", "invoicefdp.exe"),
        ("zero\u{200B}width", "zerowidth"),
        ("tab\there", "tab here"),
    ]
}
