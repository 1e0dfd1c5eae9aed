export * from './render-slip';
export * from './lookup-key';
