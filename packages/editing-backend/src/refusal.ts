/** A request the backend will not carry out: the status and the Russian reason sent back. */
export class Refusal extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export const refuse = (status: number, message: string): never => {
  throw new Refusal(status, message);
};
