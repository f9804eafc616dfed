import { createContext, useContext } from 'react';
import { initialViewPrefs, type ViewPrefs } from '../state/viewPrefs';

const Ctx = createContext<ViewPrefs>({ ...initialViewPrefs(), theme: 'system' });

/** Provides the view preferences (projector mode, predictions) to panels. */
export const ViewProvider = Ctx.Provider;

/** The current view preferences. */
export function useViewPrefs(): ViewPrefs {
  return useContext(Ctx);
}
