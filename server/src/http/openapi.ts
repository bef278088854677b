import { CloseCode, ROOM_NAME_MAX_LENGTH } from "@tavolo/shared";

/** The OpenAPI description served at `GET /api/openapi.json`. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Tavolo API",
    version: "0.1.0",
    description:
      "REST API of Tavolo. Real-time documents are synced over the websocket endpoint " +
      "`/sync/{room}` with the standard y-websocket protocol (see the README).",
  },
  paths: {
    "/api/health": {
      get: {
        summary: "Liveness check",
        responses: {
          "200": {
            description: "The server is up",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["status", "uptimeSeconds", "loadedRooms"],
                  properties: {
                    status: { const: "ok" },
                    uptimeSeconds: { type: "integer" },
                    loadedRooms: { type: "integer" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/api/openapi.json": {
      get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } },
    },
    "/sync/{room}": {
      get: {
        summary: "Websocket upgrade to a y-websocket sync connection",
        description: `Close codes: ${Object.entries(CloseCode)
          .map(([name, code]) => `${code} ${name}`)
          .join(", ")}.`,
        parameters: [
          {
            name: "room",
            in: "path",
            required: true,
            schema: {
              type: "string",
              maxLength: ROOM_NAME_MAX_LENGTH,
              pattern: "^[A-Za-z0-9_:-][A-Za-z0-9_.:-]*$",
            },
          },
        ],
        responses: {
          "101": { description: "Switching protocols" },
          "400": { description: "Invalid room name" },
          "426": { description: "Not a websocket upgrade request" },
        },
      },
    },
  },
} as const;
