/** Whether the middle column shows the stack's shared resources (principals, topics, imports) or the selected repository. */
import { create } from 'zustand';

export const useStackView = create<{ open: boolean }>()(() => ({ open: false }));
export const showStackResources = () => useStackView.setState({ open: true });
export const showRepository = () => useStackView.setState({ open: false });
