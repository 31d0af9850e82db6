import Foundation

/// Colours as theme files spell them: "#rrggbb", a 256-colour index, an ANSI name, or `default`.
public enum ColorName {
    /// ANSI names in the Helix spelling, plus common aliases.
    static let ansiNames: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "gray": 7, "grey": 7,
        "light-gray": 7, "light-grey": 7, "dark-gray": 8, "dark-grey": 8, "bright-black": 8,
        "light-red": 9, "light-green": 10, "light-yellow": 11, "light-blue": 12, "light-magenta": 13, "light-cyan": 14,
        "bright-red": 9, "bright-green": 10, "bright-yellow": 11, "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14,
        "white": 15, "bright-white": 15,
    ]

    /// Parses a literal colour; nil when the text is not one (it may be a palette name).
    public static func parse(_ text: String) -> Color? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if word == "default" || word == "reset" { return .default }
        if let index = ansiNames[word] { return .ansi(index) }
        if let number = Int(word), (0...255).contains(number) {
            return number < 16 ? .ansi(UInt8(number)) : .indexed(UInt8(number))
        }
        if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
            return .rgb(UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }
}
