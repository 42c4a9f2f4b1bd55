// First run: what the journal is for, in the spirit of the product, instead of a blank page.
export function EmptyState() {
  return (
    <section aria-labelledby="welcome-heading" class="card welcome">
      <h2 id="welcome-heading">Welcome: a record of give and take</h2>
      <p>
        Social media is a two-way street. This journal is a private record of real help: whom you helped, and who helped you. It
        is empty for now.
      </p>
      <ul>
        <li>
          <strong>Give before you take.</strong> Log the replies, introductions, advice and shares you give, and the help you get
          back.
        </li>
        <li>
          <strong>Count relationships, not followers.</strong> See your balance over time, the people you owe a favour, and who is
          due a message by the rhythm you choose for each person.
        </li>
        <li>
          <strong>It is yours alone.</strong> Everything stays in this browser; nothing is sent anywhere.
        </li>
      </ul>
      <p>
        Log your first entry below. After you post a reply on X, Facebook or LinkedIn, Communis can also offer to log it for you. Have
        a journal file already? Import it under “Your data”.
      </p>
    </section>
  );
}
