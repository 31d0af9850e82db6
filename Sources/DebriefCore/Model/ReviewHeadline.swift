/// What the board needs of a review: the deal it is about, how far along it is, and its id (to
/// resume an open one). The record index gives these without decoding whole reviews.
public struct ReviewHeadline: Sendable, Hashable {
    public var id: String
    public var dealId: String
    public var status: ReviewStatus

    public init(id: String, dealId: String, status: ReviewStatus) {
        self.id = id
        self.dealId = dealId
        self.status = status
    }

    public init(_ review: Review) {
        self.init(id: review.id, dealId: review.dealId, status: review.status)
    }
}
