export * from './render-slip';
export * from './lookup-key';
export * from './register-workbook';
export * from './slip-renderer';
