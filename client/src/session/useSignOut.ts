import { useNavigate, useRevalidator } from "react-router-dom";
import { api } from "../api/api.ts";
import { forgetDeviceCopies } from "../sync/deviceCopy.ts";

/** Signs this browser out and leaves none of the person's rooms on it. */
export function useSignOut(personId: string | undefined): () => Promise<void> {
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  return async () => {
    try {
      await api.endSession();
    } finally {
      // Even if the server did not answer, show what the browser now knows, and leave none of
      // this person's rooms on a computer the next person may use (deleted once they close).
      await navigate("/");
      if (personId) {
        forgetDeviceCopies(personId).catch((error: unknown) => {
          console.warn("Tavolo: the rooms kept on this device could not be deleted", error);
        });
      }
      await revalidator.revalidate();
    }
  };
}
