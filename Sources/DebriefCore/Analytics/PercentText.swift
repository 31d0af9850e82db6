/// Shares shown to people: whole percents, and a dash when there is nothing to divide.
public enum PercentText {
    public static func of(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// A difference of two shares in percentage points, signed: "+25 pts", "-8 pts", "±0 pts".
    public static func points(_ difference: Double?) -> String {
        guard let difference, difference.isFinite else { return "–" }
        let points = Int((difference * 100).rounded())
        return points > 0 ? "+\(points) pts" : points < 0 ? "\(points) pts" : "±0 pts"
    }
}
