// A mirror of the server's password rule, only to answer the user before a round trip.
// The server stays authoritative (it also checks the last 5 passwords, which only it knows).
export const PASSWORD_MIN_LENGTH = 8
const REQUIRED_CLASSES = 3

const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]

export function meetsPasswordPolicy(password: string): boolean {
  if (password.length < PASSWORD_MIN_LENGTH) return false
  return classes.filter((c) => c.test(password)).length >= REQUIRED_CLASSES
}
