export const answer = {
  id: 'answer-123',
  authorId: 'u-9',
  authorName: 'Sam',
  text: 'Send me your bank details and I will double your money.',
};
