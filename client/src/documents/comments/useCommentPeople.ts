import type { CommentPerson, MentionablePerson } from "@tavolo/shared";
import { useMemo } from "react";
import { useProcedure } from "../../procedure/useProcedure.ts";

/** This person as a comment records them, and everyone in the procedure who can be mentioned. */
export function useCommentPeople(): { me: CommentPerson; people: MentionablePerson[] } {
  const { me, members } = useProcedure();
  return useMemo(() => {
    const mine = members.find((member) => member.personId === me.personId);
    return {
      me: {
        personId: me.personId,
        name: mine?.displayName || me.personId,
        organisationId: me.organisationId,
      },
      people: members.map((member) => ({ personId: member.personId, name: member.displayName })),
    };
  }, [me, members]);
}
